package org.luoshi.plan.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.plan.ImportConfirmed;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.ImportRefusal;
import org.luoshi.plan.LinkRefusal;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.internal.sheet.DivisionSheetErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning office's import: upload a notice or a division spreadsheet (new, or
 * revising a plan), check the draft — plan, chapters, tasks, warnings, the changes a
 * revision makes — map the names the directory does not know, then confirm or discard. A
 * file that cannot be read is answered on the upload page with why (422).
 */
@Controller
class ImportPageController {

	private final NoticeImports imports;

	private final PlanRegister register;

	private final MessageSource messages;

	ImportPageController(NoticeImports imports, PlanRegister register, MessageSource messages) {
		this.imports = imports;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/imports/new")
	String upload(@RequestParam(required = false) Long plan, Model model) {
		return uploadPage(plan, model);
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long plan, @RequestParam(required = false) Long parent, Principal principal,
			HttpServletResponse response, Model model) throws IOException {
		model.addAttribute("parent", parent);
		if (file == null || file.isEmpty()) {
			return refused(response, model, plan, (file == null) ? "" : file.getOriginalFilename(),
					message("import.refused.empty"));
		}
		String name = (file.getOriginalFilename() == null) ? "notice" : file.getOriginalFilename();
		try {
			ImportPreview preview = this.imports.upload(file.getBytes(), name, plan, parent, Actors.of(principal));
			return "redirect:/imports/" + preview.importId();
		}
		catch (DivisionSheetErrors errors) {
			model.addAttribute("sheetErrors", errors.shown(this::text));
			return refused(response, model, plan, name, null);
		}
		catch (ImportRefusal.UnreadableNotice | LinkRefusal.PlanCycle refusal) {
			return refused(response, model, plan, name, text(refusal));
		}
	}

	@GetMapping("/imports/{id}")
	String draft(@PathVariable long id, Model model) {
		return draftPage(this.imports.preview(id), model);
	}

	@PostMapping("/imports/{id}/mappings")
	String map(@PathVariable long id, @RequestParam String writtenName,
			@RequestParam(required = false) Long organisationId, HttpServletResponse response, Model model) {
		if (organisationId == null) {
			return refusedDraft(id, response, model, message("import.map.choose", writtenName));
		}
		try {
			this.imports.map(id, writtenName, organisationId);
			return "redirect:/imports/" + id;
		}
		catch (ImportRefusal.ImportNotFound notFound) {
			throw notFound;
		}
		catch (ImportRefusal refusal) {
			return refusedDraft(id, response, model, text(refusal));
		}
	}

	@PostMapping("/imports/{id}/confirm")
	String confirm(@PathVariable long id, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			ImportConfirmed confirmed = this.imports.confirm(id, Actors.of(principal));
			redirect.addFlashAttribute("done", message("import.done.confirmed", confirmed.tasks()));
			return "redirect:/plans/" + confirmed.planId();
		}
		catch (ImportRefusal.ImportNotFound notFound) {
			throw notFound;
		}
		catch (ImportRefusal | LinkRefusal.PlanCycle refusal) {
			return refusedDraft(id, response, model, text(refusal));
		}
	}

	@PostMapping("/imports/{id}/discard")
	String discard(@PathVariable long id, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			this.imports.discard(id, Actors.of(principal));
			redirect.addFlashAttribute("done", message("import.done.discarded"));
			return "redirect:/imports/new";
		}
		catch (ImportRefusal.ImportNotFound notFound) {
			throw notFound;
		}
		catch (ImportRefusal refusal) {
			return refusedDraft(id, response, model, text(refusal));
		}
	}

	private String refused(HttpServletResponse response, Model model, Long plan, String fileName, String reason) {
		response.setStatus(422);
		model.addAttribute("refusedFile", fileName);
		model.addAttribute("refusal", reason);
		return uploadPage(plan, model);
	}

	private String uploadPage(Long plan, Model model) {
		model.addAttribute("plans", this.register.plans());
		if (plan != null) {
			model.addAttribute("revised", this.register.plan(plan));
			model.addAttribute("planId", plan);
		}
		return "plan/import-new";
	}

	private String refusedDraft(long id, HttpServletResponse response, Model model, String refusal) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("refusal", refusal);
		return draftPage(this.imports.preview(id), model);
	}

	private String draftPage(ImportPreview preview, Model model) {
		model.addAttribute("draft", ImportDraftView.of(preview, this::text));
		if (preview.planId() != null) {
			model.addAttribute("planId", preview.planId());
		}
		if (preview.parentPlanId() != null) {
			model.addAttribute("parentPlan", this.register.plan(preview.parentPlanId()));
		}
		return "plan/import-draft";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private String text(MessageSourceResolvable text) {
		return this.messages.getMessage(text, LocaleContextHolder.getLocale());
	}

}
