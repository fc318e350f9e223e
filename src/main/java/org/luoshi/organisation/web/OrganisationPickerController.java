package org.luoshi.organisation.web;

import java.util.ArrayList;
import java.util.List;

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

	private final OrganisationDirectory directory;

	OrganisationPickerController(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/organisations/choices")
	String choices(@RequestParam(defaultValue = "") String q, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam(defaultValue = "false") boolean required, @RequestParam(required = false) List<Long> except,
			HttpServletRequest request, Model model) {
		PickerRequest picker = PickerRequest.of(q, field, request);
		List<Long> excepted = (except != null) ? except : List.of();
		if (excepted.size() > PickerRequest.MOST_IDS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"except: at most " + PickerRequest.MOST_IDS + " organisations");
		}
		List<OrganisationRef> kept = picker.chosen().isEmpty() ? List.of() : this.directory.getAll(picker.chosen());
		List<Long> notOffered = new ArrayList<>(excepted);
		notOffered.addAll(picker.chosen());
		List<OrganisationRef> found = picker.text().isEmpty() ? List.of()
				: this.directory.choices(picker.text(), notOffered, PickerRequest.OFFERED + 1);
		return picker.answer(model, multiple, required, kept, found);
	}

}
