package org.luoshi.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an organisation picker offers as the user types: a dozen organisations acting
 * today whose name contains the text, as radio buttons (or check boxes) named for the
 * form the picker sits in. A form chooses from a directory of any size this way, never
 * from a list of every organisation.
 */
@Controller
class OrganisationPickerController {

	/** How many a picker offers at once. */
	static final int OFFERED = 12;

	/** The most organisations a picker may leave out (those already on a task, say). */
	static final int MOST_EXCEPTED = 500;

	private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

	private final OrganisationDirectory directory;

	OrganisationPickerController(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/organisations/choices")
	String choices(@RequestParam(defaultValue = "") String q, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam(defaultValue = "false") boolean required, @RequestParam(required = false) List<Long> except,
			HttpServletRequest request, Model model) {
		if (!FIELD.matcher(field).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"field: a form field's name, a letter then up to 39 letters or digits");
		}
		List<Long> excepted = (except != null) ? except : List.of();
		if (excepted.size() > MOST_EXCEPTED) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"except: at most " + MOST_EXCEPTED + " organisations");
		}
		List<Long> chosen = chosen(request.getParameterValues(field));
		List<OrganisationRef> kept = chosen.isEmpty() ? List.of() : this.directory.getAll(chosen);
		String text = q.strip();
		List<Long> notOffered = new ArrayList<>(excepted);
		notOffered.addAll(chosen);
		List<OrganisationRef> found = text.isEmpty() ? List.of()
				: this.directory.choices(text, notOffered, OFFERED + 1);
		model.addAttribute("q", text);
		model.addAttribute("field", field);
		model.addAttribute("multiple", multiple);
		model.addAttribute("required", required);
		model.addAttribute("chosen", kept);
		model.addAttribute("offered", found.stream().limit(OFFERED).toList());
		model.addAttribute("more", found.size() > OFFERED);
		return "organisation/picker :: choices";
	}

	// what the user had checked when searching again: kept, checked, above the new
	// answers
	private static List<Long> chosen(String[] values) {
		if (values == null) {
			return List.of();
		}
		if (values.length > MOST_EXCEPTED) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MOST_EXCEPTED + " chosen");
		}
		List<Long> ids = new ArrayList<>();
		for (String value : values) {
			if (value.isBlank()) {
				continue;
			}
			try {
				ids.add(Long.valueOf(value.strip()));
			}
			catch (NumberFormatException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a chosen organisation's id: " + value);
			}
		}
		return ids.stream().distinct().toList();
	}

}
