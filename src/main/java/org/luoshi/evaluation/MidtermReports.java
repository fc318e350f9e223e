package org.luoshi.evaluation;

import java.util.Locale;

import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.MidtermAssembler;
import org.luoshi.evaluation.internal.MidtermDocuments;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mid-term evaluation report (中期评估报告) of a plan at its mid-term year: generated from
 * the data each time it is read — the indicators' outlook to their target years under the
 * rule it states, the chapters' progress with the tasks not started, lagging or blocked
 * named, and the revised targets — as a page, a Word document and a PDF. It is read-only:
 * what the office concludes goes into revised targets, proposed and approved in the
 * indicator module. The office and leaders read it.
 */
@Service
@Transactional(readOnly = true)
public class MidtermReports {

	private final MidtermAssembler assembler;

	private final MidtermDocuments documents;

	private final PlanRegister plans;

	private final Access access;

	MidtermReports(MidtermAssembler assembler, MidtermDocuments documents, PlanRegister plans, Access access) {
		this.assembler = assembler;
		this.documents = documents;
		this.plans = plans;
		this.access = access;
	}

	/**
	 * The report's numbers as the data stand now.
	 * @throws EvaluationRefusal.NotYourRole for anybody but the office and leaders
	 * @throws org.luoshi.plan.RegisterRefusal.PlanNotFound if no plan has the id
	 */
	public MidtermReportModel of(long planId) {
		this.access.reader();
		PlanOverview plan = this.plans.plan(planId);
		return this.assembler.assemble(plan);
	}

	/** The report laid out as it reads, in the reader's language. */
	public ReportDocument layout(MidtermReportModel model, Locale locale) {
		return this.documents.layout(model, locale);
	}

	/** As {@link #of}, written as a Word document. */
	public byte[] docx(long planId, Locale locale) {
		return this.documents.docx(of(planId), locale);
	}

	/** As {@link #of}, written as PDF. */
	public byte[] pdf(long planId, Locale locale) {
		return this.documents.pdf(of(planId), locale);
	}

}
