/**
 * Implementation plans (实施方案): how every organisation means to carry out the tasks it
 * leads or shares in a plan — measures (具体措施), milestones (时间节点) with how their
 * completion is recognised, the internal division (责任处室) and contact that do the work,
 * and for a shared task the part it takes on. Drafted by the organisation's reporters,
 * approved by its approver and filed with the planning office (报备); a filed plan changes
 * only through a new version with a reason. The office sets the filing deadline, sees who
 * filed and who has not, reminds and escalates, and reads every organisation's measures
 * task by task. Departments' own documents (.docx, .xlsx) are read into proposals that a
 * reporter confirms.
 * <p>
 * It depends on {@code plan} for the tasks and who carries them; on {@code organisation}
 * for names; on {@code security} for who acts; and on the shared {@code common}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Implementation",
		allowedDependencies = { "plan", "organisation", "security", "common" })
package org.luoshi.implementation;
