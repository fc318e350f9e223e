package org.luoshi.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.luoshi.common.Vocabulary;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.PlanCatalogue;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: on the first start of an empty register, imports the seed notice (Jilin's
 * 12th Five-Year Plan division) through the same reviewed import an office uses, after
 * the demo organisation directory is loaded; {@code luoshi.demo.plan=false} skips it.
 */
@Component
@Order(DemoPlanImport.ORDER)
// luoshi.demo.plan=false keeps the demo directory and logins but leaves the register
// empty, for an office that imports the notice itself (and for the browser test that
// does)
@Vocabulary("demo data: the names and accounts of the demonstration province")
@ConditionalOnExpression("${luoshi.demo.enabled:false} and ${luoshi.demo.plan:true}")
class DemoPlanImport implements ApplicationRunner {

	static final int ORDER = OrganisationDirectory.DEMO_ORDER + 10;

	static final String NOTICE = "/demo/jilin-12th-fyp-division-notice.txt";

	private static final Logger log = LoggerFactory.getLogger(DemoPlanImport.class);

	private final PlanCatalogue catalogue;

	private final NoticeImports imports;

	private final CurrentActor actors;

	DemoPlanImport(PlanCatalogue catalogue, NoticeImports imports, CurrentActor actors) {
		this.actors = actors;
		this.catalogue = catalogue;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!catalogue.plans().isEmpty()) {
			return;
		}
		// the demo import is the planning office's work, done at start-up with nobody
		// signed in
		this.actors.actingAs(new Actor(0, "demo", "演示数据", Role.OFFICE, null), () -> {
			importSeed();
			return null;
		});
	}

	private void importSeed() {
		ImportPreview preview = imports.upload(seed(), "吉林省人民政府关于印发吉林省国民经济和社会发展第十二个五年规划纲要主要目标和任务工作分工的通知.txt", "demo");
		if (!preview.readyToConfirm()) {
			log.warn("Demo notice not imported: names missing from the demo directory {}", preview.unknownNames());
			return;
		}
		imports.confirm(preview.importId(), "demo");
		log.info("Demo plan imported: {} ({} tasks)", preview.draft().plan().title(), preview.draft().tasks().count());
	}

	private static byte[] seed() {
		try (InputStream in = DemoPlanImport.class.getResourceAsStream(NOTICE)) {
			if (in == null) {
				throw new IllegalStateException("demo notice missing from the build: " + NOTICE);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
