package org.luoshi.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a picker sends as the user types (see templates/organisation/picker.html): the
 * text, the name of the form's field its choices are named for, and the ids checked in
 * that field, which stay checked above the new answers.
 */
record PickerRequest(String text, String field, List<Long> chosen) {

	/** How many a picker offers at once. */
	static final int OFFERED = 12;

	/** The most ids a picker sends or leaves out. */
	static final int MOST_IDS = 500;

	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

	/**
	 * @throws ResponseStatusException 400 for a field that is not a field's name, an id
	 * that is not a number, or too many
	 */
	static PickerRequest of(String q, String field, HttpServletRequest request) {
		if (!FIELD.matcher(field).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"field: a form field's name, a letter then up to 39 letters or digits");
		}
		String[] values = request.getParameterValues(field);
		List<Long> ids = new ArrayList<>();
		if (values != null) {
			if (values.length > MOST_IDS) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MOST_IDS + " chosen");
			}
			for (String value : values) {
				if (value.isBlank()) {
					continue;
				}
				try {
					ids.add(Long.valueOf(value.strip()));
				}
				catch (NumberFormatException ex) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a chosen id: " + value);
				}
			}
		}
		return new PickerRequest(q.strip(), field, ids.stream().distinct().toList());
	}

	/**
	 * The answer's model: the kept choices, then up to {@value #OFFERED} of those found
	 * (found holds one more if more match).
	 */
	String answer(Model model, boolean multiple, boolean required, List<?> kept, List<?> found) {
		model.addAttribute("q", this.text);
		model.addAttribute("field", this.field);
		model.addAttribute("multiple", multiple);
		model.addAttribute("required", required);
		model.addAttribute("chosen", kept);
		model.addAttribute("offered", found.stream().limit(OFFERED).toList());
		model.addAttribute("more", found.size() > OFFERED);
		return "organisation/picker :: choices";
	}

}
