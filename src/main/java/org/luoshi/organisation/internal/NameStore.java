package org.luoshi.organisation.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.common.ComparedText;
import org.luoshi.organisation.NameAlreadyTaken;
import org.luoshi.organisation.NameIsBlank;
import org.luoshi.organisation.NameType;
import org.luoshi.organisation.OrganisationName;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names organisations bear, stored as written and in compared form; no two
 * organisations ever bear the same compared name.
 */
@Repository
public class NameStore {

	// keeps an IN list well below what either database accepts in one statement
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	public NameStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Gives the organisation one more name; a name it already bears is left as it is.
	 * @return whether the name was new to it
	 */
	public boolean add(long organisationId, String name, NameType type) {
		String compared = ComparedText.of(name);
		if (compared.isEmpty()) {
			throw new NameIsBlank();
		}
		Optional<Long> holder = holderOf(compared);
		if (holder.isPresent()) {
			if (holder.get() == organisationId) {
				return false;
			}
			throw taken(name, holder.get());
		}
		try {
			this.jdbc.sql("""
					insert into organisation_name (organisation_id, name, compared_name, type)
					values (:organisation, :name, :compared, :type)""")
				.param("organisation", organisationId)
				.param("name", name.strip())
				.param("compared", compared)
				.param("type", type.code())
				.update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			throw taken(name, holderOf(compared).orElse(organisationId));
		}
	}

	/** Refuses a name that some organisation already bears. */
	public void requireFree(String name) {
		String compared = ComparedText.of(name);
		if (compared.isEmpty()) {
			throw new NameIsBlank();
		}
		holderOf(compared).ifPresent((holder) -> {
			throw taken(name, holder);
		});
	}

	public List<OrganisationName> namesOf(long organisationId) {
		return this.jdbc.sql("select name, type from organisation_name where organisation_id = :id order by id")
			.param("id", organisationId)
			.query((rs, n) -> new OrganisationName(rs.getString("name"), NameType.fromCode(rs.getString("type"))))
			.list();
	}

	/** Those of the compared names that some organisation bears. */
	public Set<String> known(Collection<String> comparedNames) {
		List<String> all = List.copyOf(new HashSet<>(comparedNames));
		Set<String> known = new HashSet<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			known.addAll(this.jdbc.sql("select compared_name from organisation_name where compared_name in (:names)")
				.param("names", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(String.class)
				.list());
		}
		return known;
	}

	private Optional<Long> holderOf(String comparedName) {
		return this.jdbc.sql("select organisation_id from organisation_name where compared_name = :name")
			.param("name", comparedName)
			.query(Long.class)
			.optional();
	}

	private NameAlreadyTaken taken(String name, long holder) {
		String holderName = this.jdbc.sql("select name from organisation where id = :id")
			.param("id", holder)
			.query(String.class)
			.single();
		return new NameAlreadyTaken(name, holderName);
	}

}
