package org.luoshi.reporting;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.CycleStore;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.Notifier;
import org.luoshi.reporting.internal.NotificationStore;
import org.luoshi.reporting.internal.ReportingProperties;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications a user sees: those of the organisation a reporter or approver acts
 * for, or the office's; leaders get none. Each user marks them read for themselves.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	static final int SHOWN = 50;

	private final NotificationStore store;

	private final Notifier notifier;

	private final Guard guard;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final CycleStore cycles;

	private final ReportingProperties properties;

	Notifications(NotificationStore store, Notifier notifier, Guard guard, Access access,
			ApplicationEventPublisher events, CycleStore cycles, ReportingProperties properties) {
		this.cycles = cycles;
		this.properties = properties;
		this.store = store;
		this.notifier = notifier;
		this.guard = guard;
		this.access = access;
		this.events = events;
	}

	/**
	 * The newest notifications for the signed-in user, texts in the reader's language.
	 */
	public List<NotificationView> mine() {
		Actor actor = this.access.actor();
		if (actor.isLeader()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, ZoneId> zones = new HashMap<>();
		return this.store.of(actor.organisationId(), actor.username(), SHOWN)
			.stream()
			.map((n) -> new NotificationView(n.id(), n.kind(), n.cycleId(), n.reportId(), this.notifier.text(n, locale),
					n.message(), n.createdAt().atZoneSameInstant(zone(n.cycleId(), zones)).toOffsetDateTime(),
					n.createdBy(), n.read()))
			.toList();
	}

	// shown in the time zone of the cycle it is about, as its deadline is
	private ZoneId zone(Long cycleId, Map<Long, ZoneId> zones) {
		ZoneId fallback = ZoneId.of(this.properties.timeZone());
		if (cycleId == null) {
			return fallback;
		}
		return zones.computeIfAbsent(cycleId,
				(id) -> this.cycles.find(id).map(CycleStore.Cycle::zone).orElse(fallback));
	}

	/**
	 * @throws ReportingRefusal.NotYourOrganisation for a notification addressed to others
	 */
	@Transactional
	public void read(long id) {
		Actor actor = this.access.actor();
		if (actor.isLeader() || !this.store.exists(id, actor.organisationId())) {
			throw new ReportingRefusal.NotYourOrganisation(id);
		}
		if (this.store.read(id, actor.username(), this.guard.now())) {
			this.events.publishEvent(new NotificationRead(id, actor.username()));
		}
	}

}
