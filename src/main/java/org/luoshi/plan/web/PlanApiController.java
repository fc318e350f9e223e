package org.luoshi.plan.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.common.Page;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.ResponsibilityMatrix;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.plan.internal.sheet.DivisionSheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register over HTTP: plans, their chapters and sections, tasks found by filters, and
 * who does what.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "plans", description = "规划、章节、任务和责任分工")
class PlanApiController {

	private final PlanRegister register;

	private final NoticeImports imports;

	PlanApiController(PlanRegister register, NoticeImports imports) {
		this.register = register;
		this.imports = imports;
	}

	@GetMapping("/plans")
	@Operation(summary = "All plans in the register with their chapters and counts")
	List<PlanOverview> plans() {
		return register.plans();
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "One plan with its chapters and counts")
	PlanOverview plan(@PathVariable long id) {
		return register.plan(id);
	}

	@GetMapping("/plans/{id}/structure")
	@Operation(summary = "The plan's chapters and sections as the notice numbers them")
	PlanStructure structure(@PathVariable long id) {
		return register.structure(id);
	}

	@GetMapping("/plans/{id}/tasks")
	@Operation(summary = "The plan's tasks, filtered by words, organisation, chapter and role, one page at a time")
	Page<TaskSummary> tasks(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long organisation, @RequestParam(required = false) Integer chapter,
			@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(1000) int size) {
		return register.tasks(id, new TaskFilter(q, organisation, chapter, role), page, size);
	}

	@GetMapping("/plans/{id}/matrix")
	@Operation(summary = "How many tasks each organisation answers for in each chapter")
	ResponsibilityMatrix matrix(@PathVariable long id) {
		return register.matrix(id);
	}

	@GetMapping("/plans/{id}/division.xlsx")
	@Operation(summary = "The division table (分工表) as a spreadsheet, to edit and upload back as a revision")
	ResponseEntity<byte[]> divisionSheet(@PathVariable long id) {
		PlanOverview plan = register.plan(id);
		byte[] xlsx = DivisionSheet.xlsx(plan.title(), register.structure(id), allTasks(id));
		return download(xlsx, DivisionSheet.XLSX_MEDIA_TYPE, DivisionSheet.fileName(plan.title(), "xlsx"));
	}

	@GetMapping("/plans/{id}/division.csv")
	@Operation(summary = "The division table (分工表) as CSV (UTF-8 with BOM, safe against formula injection)")
	ResponseEntity<byte[]> divisionCsv(@PathVariable long id) {
		PlanOverview plan = register.plan(id);
		byte[] csv = DivisionSheet.csv(register.structure(id), allTasks(id));
		return download(csv, DivisionSheet.CSV_MEDIA_TYPE, DivisionSheet.fileName(plan.title(), "csv"));
	}

	@PostMapping(path = "/plans/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a revised notice or an edited division spreadsheet for this plan, for review")
	ResponseEntity<ImportPreview> revise(@PathVariable long id, @RequestParam("file") MultipartFile file,
			Principal principal) throws IOException {
		String name = file.getOriginalFilename() == null ? "division.xlsx" : file.getOriginalFilename();
		ImportPreview preview = imports.upload(file.getBytes(), name, id, Actors.of(principal));
		return ResponseEntity.created(URI.create("/api/imports/" + preview.importId())).body(preview);
	}

	private List<TaskSummary> allTasks(long planId) {
		return register.allTasks(planId);
	}

	private static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}

	@GetMapping("/organisations/{id}/tasks")
	@Operation(summary = "What an organisation leads, shares and answers for by duty, also through collective names")
	OrganisationTasksView organisationTasks(@PathVariable long id, @RequestParam(required = false) Long plan) {
		return OrganisationTasksView.of(register.tasksOf(id, plan));
	}

	/** The organisation's tasks with the counts a reader looks for first. */
	record OrganisationTasksView(long organisationId, String name, int total, long leads, long leadsAlone, long shares,
			long byDuty, List<OrganisationTasks.ChapterCount> chapters, List<OrganisationTasks.Part> tasks) {

		static OrganisationTasksView of(OrganisationTasks t) {
			return new OrganisationTasksView(t.organisationId(), t.name(), t.tasks().size(),
					t.count(OrganisationTasks.LEADS), t.leadsAlone(), t.count(OrganisationTasks.SHARES),
					t.count(OrganisationTasks.BY_DUTY), t.chapters(), t.tasks());
		}

	}

}
