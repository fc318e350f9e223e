package org.luoshi.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.UserStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two planning-office users disabling each other at the same moment: the second waits for
 * the first to commit and then finds itself the last office user, so one of them stays
 * enabled. Without the lock on the office rows both would count two enabled users and
 * both pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LastOfficeRaceTests {

	@Autowired
	Accounts accounts;

	@Autowired
	UserStore store;

	@Autowired
	Users users;

	@Autowired
	CurrentActor actors;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void keepsOneOfficeUserWhenTwoDisableEachOtherAtOnce() throws Exception {
		// the start entered the generated first office user: disabled here, so that two
		// are left
		long first = this.store.findByUsername("office").orElseThrow().id();
		long a = this.accounts.create(new NewUser("race-office-a", null, "race-password-a", Role.OFFICE, null), "test");
		long b = this.accounts.create(new NewUser("race-office-b", null, "race-password-b", Role.OFFICE, null), "test");
		this.actors.actingAs(actor(a, "race-office-a"), () -> this.users.disable(first));

		CountDownLatch disabled = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Void> byA = CompletableFuture.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
			this.actors.actingAs(actor(a, "race-office-a"), () -> this.users.disable(b));
			disabled.countDown();
			await(commit);
		}));
		assertThat(disabled.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<UserView> byB = CompletableFuture
			.supplyAsync(() -> this.actors.actingAs(actor(b, "race-office-b"), () -> this.users.disable(a)));
		try {
			// without the lock b's change is done at once, before a's commits
			byB.get(300, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException waiting) {
			// with it, b waits for a's transaction
		}
		commit.countDown();
		byA.get(30, TimeUnit.SECONDS);

		assertThat(byB).failsWithin(30, TimeUnit.SECONDS)
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.isInstanceOf(LastOfficeAccount.class);
		assertThat(this.store.find(a).orElseThrow().enabled()).isTrue();
		assertThat(this.store.find(b).orElseThrow().enabled()).isFalse();
	}

	private static Actor actor(long id, String username) {
		return new Actor(id, username, username, Role.OFFICE, null);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
