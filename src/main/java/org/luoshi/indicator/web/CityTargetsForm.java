package org.luoshi.indicator.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.indicator.CheckMethod;
import org.luoshi.indicator.CityShare;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.ShareEntry;

/**
 * The city targets (and, for a weighted check, weights) as the decomposition page sends
 * them: one field per city, named by its government's id ({@code target-12},
 * {@code weight-12}). A field left empty keeps what is stored. Digits typed full-width
 * (５５３．２) are read as people mean them; anything else that is not a plain number is
 * refused naming the city and the field, so that nothing half-read is saved.
 */
final class CityTargetsForm {

	/** The most decimals a city target keeps (the database stores six). */
	static final int SCALE = 6;

	private final Map<String, String> fields;

	private final Decomposition split;

	CityTargetsForm(Map<String, String> fields, Decomposition split) {
		this.fields = fields;
		this.split = split;
	}

	/**
	 * What was typed for the city, as typed, for the form shown again; null if nothing.
	 */
	String entered(String field, long organisationId) {
		return this.fields.get(field + "-" + organisationId);
	}

	/**
	 * @throws Unreadable for the first field that is not a plain number
	 */
	List<ShareEntry> entries() {
		boolean weighted = this.split.check().method() == CheckMethod.WEIGHTED;
		List<ShareEntry> entries = new ArrayList<>();
		for (CityShare share : this.split.shares()) {
			BigDecimal target = number(share, "target");
			BigDecimal weight = weighted ? number(share, "weight") : null;
			if (target != null || weight != null) {
				entries.add(new ShareEntry(share.organisationId(), target, weight));
			}
		}
		return entries;
	}

	private BigDecimal number(CityShare share, String field) {
		String typed = entered(field, share.organisationId());
		if (typed == null) {
			return null;
		}
		String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
		if (plain.isEmpty()) {
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			throw new Unreadable("not-a-number", share.organisation(), field, typed);
		}
		if (number.signum() < 0) {
			throw new Unreadable("negative", share.organisation(), field, typed);
		}
		if (number.stripTrailingZeros().scale() > SCALE) {
			throw new Unreadable("too-many-decimals", share.organisation(), field, typed);
		}
		return number;
	}

	/**
	 * A field that is not a plain number: which city, which field (target or weight),
	 * what was typed and why it cannot be read ({@code decomposition.page.entry.<code>}).
	 */
	static class Unreadable extends RuntimeException {

		private final String code;

		private final String city;

		private final String field;

		private final String typed;

		Unreadable(String code, String city, String field, String typed) {
			super(city + " " + field + " \"" + typed + "\": " + code);
			this.code = code;
			this.city = city;
			this.field = field;
			this.typed = typed;
		}

		String code() {
			return this.code;
		}

		String city() {
			return this.city;
		}

		String field() {
			return this.field;
		}

		String typed() {
			return this.typed;
		}

	}

}
