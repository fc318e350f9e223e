package org.luoshi.organisation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.luoshi.organisation.RegionChoice;
import org.luoshi.organisation.RegionDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a region picker offers as the user types: a dozen regions whose name or short name
 * contains the text, each after its province or city, as radio buttons named for the
 * form's field. The country's 3,000-odd regions are never listed in a form.
 */
@Controller
class RegionPickerController {

	private final RegionDirectory regions;

	RegionPickerController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping("/regions/choices")
	String choices(@RequestParam(defaultValue = "") String q, @RequestParam String field,
			@RequestParam(defaultValue = "false") boolean required, HttpServletRequest request, Model model) {
		PickerRequest picker = PickerRequest.of(q, field, request);
		List<RegionChoice> kept = List.copyOf(this.regions.named(picker.chosen()).values());
		List<RegionChoice> found = this.regions.choices(picker.text(), PickerRequest.OFFERED + 1 + kept.size())
			.stream()
			.filter((r) -> !picker.chosen().contains(r.id()))
			.toList();
		return picker.answer(model, false, required, kept, found);
	}

}
