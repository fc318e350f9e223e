package org.luoshi.organisation;

import org.springframework.security.test.context.support.WithMockUser;
import org.luoshi.testing.AsTheApplication;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.internal.OrganisationStore;
import org.luoshi.organisation.internal.RegionStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.luoshi.organisation.OrganisationFixtures.OFFICE;
import static org.luoshi.organisation.OrganisationFixtures.cityGovernment;
import static org.luoshi.organisation.OrganisationFixtures.collectiveOf;
import static org.luoshi.organisation.OrganisationFixtures.department;
import static org.luoshi.organisation.OrganisationFixtures.departmentIn;
import static org.luoshi.organisation.OrganisationFixtures.verticalAgency;

/**
 * What the directory must do on every database it runs on; each subclass runs it on one.
 * Every test runs in a transaction that is rolled back.
 */
@JdbcTest
@Import(OrganisationDirectoryBeans.class)
@RecordApplicationEvents
abstract class OrganisationStoreContract {

	static final LocalDate REFORM_2018 = LocalDate.of(2018, 10, 1);

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationStore store;

	@Autowired
	RegionStore regions;

	@Autowired
	ApplicationEvents events;

	@Test
	void findsAnOrganisationByAnyOfItsNamesAfterNormalisation() {
		OrganisationRef drc = this.directory.create(department("省发展改革委", "吉林省发展和改革委员会", "省发改委"), OFFICE);

		assertThat(drc.name()).isEqualTo("省发展改革委");
		assertThat(drc.kind()).isEqualTo(OrganisationKind.GOVERNMENT_DEPARTMENT);
		assertThat(drc.active()).isTrue();
		for (String name : List.of("省发展改革委", "省发改委", "吉林省发展和改革委员会", " 省发改委\u3000", "吉林省 发展和改革委员会")) {
			assertThat(this.directory.findByName(name)).as(name).contains(drc);
			assertThat(this.directory.resolve(name)).as(name).contains(drc);
		}
		assertThat(this.directory.findByName("省发展委")).isEmpty();
		assertThat(this.directory.names(drc.id())).containsExactly("省发展改革委", "吉林省发展和改革委员会", "省发改委");
		assertThat(this.directory.details(drc.id()).names()).extracting(OrganisationName::type)
			.containsExactly(NameType.SHORT, NameType.OFFICIAL, NameType.ALIAS);
		assertThat(this.directory.get(drc.id())).isEqualTo(drc);
	}

	@Test
	void refusesANameAnotherOrganisationBearsEvenAsAnAlias() {
		OrganisationRef drc = this.directory.create(department("省发展改革委", null, "省发改委"), OFFICE);
		OrganisationRef finance = this.directory.create(department("省财政厅", null), OFFICE);

		assertThatThrownBy(() -> this.directory.create(department(" 省发改委 ", null), OFFICE))
			.isInstanceOfSatisfying(NameAlreadyTaken.class, (ex) -> assertThat(ex.holder()).isEqualTo("省发展改革委"));
		assertThatThrownBy(() -> this.directory.create(department("省统计局", "省发改委"), OFFICE))
			.isInstanceOf(NameAlreadyTaken.class);
		assertThatThrownBy(() -> this.directory.addAlias(finance.id(), "省发展改革委", OFFICE))
			.isInstanceOf(NameAlreadyTaken.class);
		assertThat(this.directory.names(finance.id())).containsExactly("省财政厅");
		assertThat(this.directory.findByName("省统计局")).isEmpty();
		assertThat(this.directory.all()).containsExactly(drc, finance);
	}

	@Test
	void refusesANameWithNothingVisibleInIt() {
		assertThatThrownBy(() -> this.directory.create(department(" \u3000\uE010", null), OFFICE))
			.isInstanceOf(NameIsBlank.class);
		assertThat(this.directory.all()).isEmpty();
	}

	@Test
	void addsAnAliasOnceAndRecordsWhoAddedIt() {
		OrganisationRef hrss = this.directory.create(department("省人力资源社会保障厅", null), OFFICE);

		this.directory.addAlias(hrss.id(), "省人社厅", "clerk");
		this.directory.addAlias(hrss.id(), "省 人社厅", "clerk");

		assertThat(this.directory.resolve("省人社厅")).contains(hrss);
		assertThat(this.directory.names(hrss.id())).containsExactly("省人力资源社会保障厅", "省人社厅");
		assertThat(this.directory.history(hrss.id()))
			.extracting(OrganisationChange::event, OrganisationChange::newValue, OrganisationChange::actor)
			.containsExactly(tuple("created", "省人力资源社会保障厅", OFFICE), tuple("alias-added", "省人社厅", "clerk"));
	}

	@Test
	void renameEntersASuccessorAndTheOldNamesStillFindTheOldOrganisation() {
		long jilin = OrganisationFixtures.jilin(this.regions);
		OrganisationRef agriculture = this.directory
			.create(NewOrganisation.of("省农委", OrganisationKind.GOVERNMENT_DEPARTMENT, jilin, "吉林省农业委员会"), OFFICE);

		OrganisationRef successor = this.directory.rename(agriculture.id(), "省农业农村厅", REFORM_2018, OFFICE);

		assertThat(successor.id()).isNotEqualTo(agriculture.id());
		assertThat(successor)
			.extracting(OrganisationRef::name, OrganisationRef::kind, OrganisationRef::regionId,
					OrganisationRef::active)
			.containsExactly("省农业农村厅", OrganisationKind.GOVERNMENT_DEPARTMENT, jilin, true);
		assertThat(this.directory.findByName("省农委")).hasValueSatisfying((old) -> {
			assertThat(old.id()).isEqualTo(agriculture.id());
			assertThat(old.active()).isFalse();
		});
		assertThat(this.directory.resolve("吉林省农业委员会")).contains(successor);
		assertThat(this.directory.findByName("省农业农村厅")).contains(successor);
		assertThat(this.directory.names(agriculture.id())).containsExactly("省农委", "吉林省农业委员会");

		OrganisationDetails old = this.directory.details(agriculture.id());
		assertThat(old.successor()).isEqualTo(successor);
		assertThat(old.activeTo()).isEqualTo(REFORM_2018);
		assertThat(this.directory.details(successor.id()).predecessors()).extracting(OrganisationRef::id)
			.containsExactly(agriculture.id());
		assertThat(this.directory.details(successor.id()).activeFrom()).isEqualTo(REFORM_2018);
		assertThat(old.history())
			.extracting(OrganisationChange::event, OrganisationChange::previousValue, OrganisationChange::newValue,
					OrganisationChange::actor)
			.contains(tuple("renamed", "省农委", "省农业农村厅", OFFICE));
		assertThat(this.directory.history(successor.id())).extracting(OrganisationChange::event)
			.containsExactly("created", "succeeds");
		assertThat(this.events.stream(OrganisationSucceeded.class)).containsExactly(new OrganisationSucceeded(
				agriculture.id(), successor.id(), OrganisationSucceeded.RENAMED, REFORM_2018));
	}

	@Test
	void renameThatTakesEffectLaterLeavesTheOldOrganisationActingUntilThen() {
		OrganisationRef agriculture = this.directory.create(department("省农委", null), OFFICE);

		OrganisationRef successor = this.directory.rename(agriculture.id(), "省农业农村厅", LocalDate.now().plusYears(1),
				OFFICE);

		assertThat(successor.active()).isFalse();
		assertThat(this.directory.resolve("省农委")).hasValueSatisfying((acting) -> {
			assertThat(acting.id()).isEqualTo(agriculture.id());
			assertThat(acting.active()).isTrue();
		});
	}

	@Test
	void refusesToRenameWhatWasRenamedAlreadyOrToATakenName() {
		OrganisationRef agriculture = this.directory.create(department("省农委", null), OFFICE);
		this.directory.create(department("省林业厅", null), OFFICE);

		assertThatThrownBy(() -> this.directory.rename(agriculture.id(), "省林业厅", REFORM_2018, OFFICE))
			.isInstanceOf(NameAlreadyTaken.class);
		this.directory.rename(agriculture.id(), "省农业农村厅", REFORM_2018, OFFICE);
		assertThatThrownBy(() -> this.directory.rename(agriculture.id(), "省农业厅", REFORM_2018, OFFICE))
			.isInstanceOf(OrganisationInactive.class);
		assertThatThrownBy(() -> this.directory.rename(4711, "省农业厅", REFORM_2018, OFFICE))
			.isInstanceOf(OrganisationNotFound.class);
	}

	@Test
	void refusesASuccessionOnOrBeforeTheDayTheOrganisationStarted() {
		OrganisationRef agency = this.directory.create(new NewOrganisation("省能源局", null, List.of(),
				OrganisationKind.GOVERNMENT_DEPARTMENT, null, LocalDate.of(2009, 3, 1), List.of()), OFFICE);

		assertThatThrownBy(() -> this.directory.rename(agency.id(), "省能源委", LocalDate.of(2009, 3, 1), OFFICE))
			.isInstanceOf(SuccessionBeforeStart.class);
	}

	@Test
	void mergerIntoANewOrganisationEndsEachPredecessorAndAnnouncesEachSuccession() {
		OrganisationRef state = this.directory.create(verticalAgency("省国税局", "吉林省国家税务局"), OFFICE);
		OrganisationRef local = this.directory.create(department("省地税局", "吉林省地方税务局"), OFFICE);
		LocalDate merged = LocalDate.of(2018, 7, 5);

		OrganisationRef tax = this.directory.mergeIntoNew(List.of(state.id(), local.id()),
				verticalAgency("省税务局", "国家税务总局吉林省税务局"), merged, OFFICE);

		assertThat(tax.active()).isTrue();
		assertThat(this.directory.resolve("吉林省国家税务局")).contains(tax);
		assertThat(this.directory.resolve("省地税局")).contains(tax);
		assertThat(this.directory.findByName("省地税局")).hasValueSatisfying((old) -> assertThat(old.active()).isFalse());
		assertThat(this.directory.details(tax.id()).activeFrom()).isEqualTo(merged);
		assertThat(this.directory.details(tax.id()).predecessors()).extracting(OrganisationRef::id)
			.containsExactly(state.id(), local.id());
		assertThat(this.events.stream(OrganisationSucceeded.class)).containsExactly(
				new OrganisationSucceeded(state.id(), tax.id(), OrganisationSucceeded.MERGED, merged),
				new OrganisationSucceeded(local.id(), tax.id(), OrganisationSucceeded.MERGED, merged));
		assertThat(this.directory.history(local.id()))
			.extracting(OrganisationChange::event, OrganisationChange::newValue)
			.contains(tuple("merged", "省税务局"));
		assertThat(this.directory.history(tax.id()))
			.extracting(OrganisationChange::event, OrganisationChange::previousValue)
			.contains(tuple("succeeds", "省国税局"), tuple("succeeds", "省地税局"));
	}

	@Test
	void mergerIntoAnExistingOrganisationLeavesItActing() {
		OrganisationRef population = this.directory.create(department("省人口计生委", null), OFFICE);
		OrganisationRef health = this.directory.create(department("省卫生厅", null), OFFICE);

		this.directory.merge(List.of(population.id()), health.id(), LocalDate.of(2014, 4, 1), OFFICE);

		assertThat(this.directory.resolve("省人口计生委")).contains(health);
		assertThat(this.directory.get(health.id()).active()).isTrue();
		assertThat(this.directory.details(health.id()).version()).isEqualTo(1);
		assertThat(this.events.stream(OrganisationSucceeded.class)).singleElement()
			.extracting(OrganisationSucceeded::reason)
			.isEqualTo(OrganisationSucceeded.MERGED);
	}

	@Test
	void refusesToMergeAnOrganisationIntoItselfOrIntoOneThatNoLongerActs() {
		OrganisationRef a = this.directory.create(department("省人口计生委", null), OFFICE);
		OrganisationRef b = this.directory.create(department("省卫生厅", null), OFFICE);

		assertThatThrownBy(() -> this.directory.merge(List.of(a.id(), b.id()), b.id(), REFORM_2018, OFFICE))
			.isInstanceOf(CannotMergeIntoItself.class);
		this.directory.merge(List.of(a.id()), b.id(), REFORM_2018, OFFICE);
		assertThatThrownBy(() -> this.directory.merge(List.of(b.id()), a.id(), REFORM_2018, OFFICE))
			.isInstanceOf(OrganisationInactive.class);
		assertThat(this.events.stream(OrganisationSucceeded.class)).hasSize(1);
	}

	@Test
	void collectiveNameStandsForItsMembersInOrder() {
		long changchun = this.directory.create(cityGovernment("长春市政府"), OFFICE).id();
		long jilinCity = this.directory.create(cityGovernment("吉林市政府"), OFFICE).id();
		long yanbian = this.directory.create(cityGovernment("延边州政府"), OFFICE).id();

		OrganisationRef cities = this.directory.create(
				collectiveOf("各市（州）政府", OrganisationKind.CITY_GOVERNMENT, List.of(yanbian, changchun, jilinCity)),
				OFFICE);

		assertThat(cities.collective()).isTrue();
		assertThat(this.directory.findByName("各市 (州) 政府")).contains(cities);
		assertThat(this.directory.membersOf(cities.id())).extracting(OrganisationRef::name)
			.containsExactly("延边州政府", "长春市政府", "吉林市政府");
		assertThat(this.directory.membersOf(changchun)).isEmpty();
		assertThatThrownBy(() -> this.directory
			.create(collectiveOf("各有关部门", OrganisationKind.COLLECTIVE, List.of(changchun, 4711L)), OFFICE))
			.isInstanceOf(OrganisationNotFound.class);
		assertThat(this.directory.create(collectiveOf("各有关部门", OrganisationKind.COLLECTIVE, List.of()), OFFICE)
			.collective()).isTrue();
	}

	@Test
	void collectiveCountsTheSuccessorInPlaceOfARenamedMember() {
		long changchun = this.directory.create(cityGovernment("长春市政府"), OFFICE).id();
		long yanbian = this.directory.create(cityGovernment("延边州政府"), OFFICE).id();
		long jilinCity = this.directory.create(cityGovernment("吉林市政府"), OFFICE).id();
		OrganisationRef cities = this.directory.create(
				collectiveOf("各市（州）政府", OrganisationKind.CITY_GOVERNMENT, List.of(changchun, yanbian, jilinCity)),
				OFFICE);

		OrganisationRef renamed = this.directory.rename(yanbian, "延边朝鲜族自治州政府", REFORM_2018, OFFICE);

		assertThat(this.directory.membersOf(cities.id())).extracting(OrganisationRef::id)
			.containsExactly(changchun, renamed.id(), jilinCity);
		assertThat(this.directory.history(cities.id())).extracting(OrganisationChange::event)
			.endsWith("member-replaced");
	}

	@Test
	void reportsTheNamesNoOrganisationBearsEachOnce() {
		this.directory.create(department("省发展改革委", null, "省发改委"), OFFICE);
		this.directory.create(cityGovernment("各市（州）政府"), OFFICE);

		assertThat(this.directory.unknown(List.of("省发改委", "省外办", "各市 (州) 政府", "省 外办", "省外办", "省发展改革委 ", "省台办")))
			.containsExactly("省外办", "省台办");
		assertThat(this.directory.unknown(List.of())).isEmpty();
	}

	@Test
	void refusesAChangeToAVersionThatIsNoLongerCurrent() {
		OrganisationRef agriculture = this.directory.create(department("省农委", null), OFFICE);
		int seen = this.directory.details(agriculture.id()).version();

		this.directory.addAlias(agriculture.id(), seen, "吉林省农业委员会", "clerk");

		assertThat(this.directory.details(agriculture.id()).version()).isEqualTo(seen + 1);
		assertThatThrownBy(() -> this.directory.rename(agriculture.id(), seen, "省农业农村厅", REFORM_2018, OFFICE))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.directory.addAlias(agriculture.id(), seen, "省农业厅", OFFICE))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.store.end(agriculture.id(), seen, REFORM_2018, agriculture.id()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.directory.findByName("省农业农村厅")).isEmpty();
		assertThat(this.directory.get(agriculture.id()).active()).isTrue();
	}

	@Test
	void listsPageByPageNarrowedToANameAndAKind() {
		long jilin = OrganisationFixtures.jilin(this.regions);
		for (String name : List.of("省发展改革委", "省财政厅", "省教育厅", "省科技厅", "省民政厅")) {
			this.directory.create(departmentIn(jilin, name), OFFICE);
		}
		this.directory.addAlias(this.directory.findByName("省发展改革委").orElseThrow().id(), "省发改委", OFFICE);
		this.directory.create(cityGovernment("长春市政府"), OFFICE);
		this.directory.create(verticalAgency("省国税局", "吉林省国家税务局"), OFFICE);

		OrganisationPage second = this.directory.page(null, null, 1, 3);
		assertThat(second.organisations()).extracting(OrganisationRef::name).containsExactly("省科技厅", "省民政厅", "长春市政府");
		assertThat(second.totalElements()).isEqualTo(7);
		assertThat(second.totalPages()).isEqualTo(3);
		assertThat(this.directory.page("发改", null, 0, 10).organisations()).extracting(OrganisationRef::name)
			.containsExactly("省发展改革委");
		assertThat(this.directory.page("国家 税务", null, 0, 10).organisations()).extracting(OrganisationRef::name)
			.containsExactly("省国税局");
		assertThat(this.directory.page("厅", OrganisationKind.GOVERNMENT_DEPARTMENT, 0, 10).totalElements())
			.isEqualTo(4);
		assertThat(this.directory.page(null, OrganisationKind.CITY_GOVERNMENT, 0, 10).organisations())
			.extracting(OrganisationRef::name)
			.containsExactly("长春市政府");
		assertThat(this.directory.page("100%_", null, 0, 10).totalElements()).isZero();
	}

	@Test
	void offersThoseActingTodayWithANameContainingTheTextTheShortestFirst() {
		long jilin = OrganisationFixtures.jilin(this.regions);
		OrganisationRef forestry = this.directory.create(departmentIn(jilin, "省林业厅"), OFFICE);
		this.directory.addAlias(forestry.id(), "省森林资源管理局", OFFICE);
		OrganisationRef police = this.directory.create(departmentIn(jilin, "省森林公安局"), OFFICE);
		OrganisationRef fire = this.directory.create(departmentIn(jilin, "省森林防火指挥部办公室"), OFFICE);
		OrganisationRef brigade = this.directory.create(departmentIn(jilin, "省森林消防总队"), OFFICE);
		this.directory.rename(brigade.id(), "省消防救援总队", REFORM_2018, OFFICE);

		assertThat(this.directory.choices("森林", List.of(), 10)).extracting(OrganisationRef::id)
			.containsExactly(forestry.id(), police.id(), fire.id());
		assertThat(this.directory.choices("森林", List.of(), 10)).allMatch(OrganisationRef::active);
		assertThat(this.directory.choices(" 森林 ", List.of(police.id()), 10)).extracting(OrganisationRef::id)
			.containsExactly(forestry.id(), fire.id());
		assertThat(this.directory.choices("森林", List.of(), 2)).extracting(OrganisationRef::id)
			.containsExactly(forestry.id(), police.id());
		assertThat(this.directory.choices("消防", List.of(), 10)).extracting(OrganisationRef::name)
			.containsExactly("省消防救援总队");
		assertThat(this.directory.choices("森林%_", List.of(), 10)).isEmpty();
		assertThatThrownBy(() -> this.directory.choices("森林", List.of(), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void findsTheGovernmentsActingTodayInTheRegionsGiven() {
		long jilin = OrganisationFixtures.jilin(this.regions);
		long changchunRegion = this.regions.idOf("长春市").orElseThrow();
		long jilinCityRegion = this.regions.idOf("吉林市").orElseThrow();
		OrganisationRef changchun = this.directory
			.create(NewOrganisation.of("长春市政府", OrganisationKind.CITY_GOVERNMENT, changchunRegion, null), OFFICE);
		OrganisationRef old = this.directory
			.create(NewOrganisation.of("吉林市政府", OrganisationKind.CITY_GOVERNMENT, jilinCityRegion, null), OFFICE);
		OrganisationRef renamed = this.directory.rename(old.id(), "吉林市人民政府", REFORM_2018, OFFICE);
		this.directory.create(departmentIn(changchunRegion, "长春市发展改革委"), OFFICE);
		this.directory.create(
				collectiveOf("各市（州）政府", OrganisationKind.CITY_GOVERNMENT, List.of(changchun.id(), renamed.id())),
				OFFICE);

		assertThat(this.directory.actingIn(List.of(changchunRegion, jilinCityRegion, jilin),
				OrganisationKind.CITY_GOVERNMENT))
			.extracting(OrganisationRef::id)
			.containsExactly(changchun.id(), renamed.id());
		assertThat(this.directory.actingIn(List.of(), OrganisationKind.CITY_GOVERNMENT)).isEmpty();
	}

	@Test
	void findsRegionsByPartOfTheirNameWithTheirParents() {
		long jilin = OrganisationFixtures.jilin(this.regions);
		long changchun = this.regions.idOf("长春市").orElseThrow();

		assertThat(this.regions.search("长春", 5)).first().isEqualTo(new RegionStore.Named(changchun, "长春市", "吉林省"));
		assertThat(this.regions.search("延边", 5)).extracting(RegionStore.Named::parent).containsOnly("吉林省");
		assertThat(this.regions.search("吉林%", 5)).isEmpty();
		assertThat(this.regions.named(List.of(jilin, changchun, 4_000_000L)))
			.containsExactly(new RegionStore.Named(jilin, "吉林省", null), new RegionStore.Named(changchun, "长春市", "吉林省"));
	}

	@Test
	void refusesAnIdThatNoOrganisationHas() {
		assertThatThrownBy(() -> this.directory.get(4711)).isInstanceOf(OrganisationNotFound.class);
		assertThatThrownBy(() -> this.directory.membersOf(4711)).isInstanceOf(OrganisationNotFound.class);
		assertThatThrownBy(() -> this.directory.addAlias(4711, "省外办", OFFICE)).isInstanceOf(OrganisationNotFound.class);
		assertThatThrownBy(() -> this.directory
			.create(NewOrganisation.of("省外办", OrganisationKind.GOVERNMENT_DEPARTMENT, 4711L, null), OFFICE))
			.isInstanceOf(RegionNotFound.class);
	}

	@Test
	@WithMockUser(username = "nongwei", roles = "REPORTER")
	void theDirectoryItselfRefusesAnyoneButTheOfficeChangingIt() {
		OrganisationRef drc = AsTheApplication.run(() -> this.directory.create(department("省发展改革委", null), OFFICE));

		assertThatThrownBy(() -> this.directory.create(department("省财政厅", null), "nongwei"))
			.isInstanceOf(NotTheOffice.class);
		assertThatThrownBy(() -> this.directory.addAlias(drc.id(), "省发改委", "nongwei")).isInstanceOf(NotTheOffice.class);
		assertThatThrownBy(() -> this.directory.rename(drc.id(), "省发展和改革委", REFORM_2018, "nongwei"))
			.isInstanceOf(NotTheOffice.class);
		assertThat(this.directory.findByName("省财政厅")).isEmpty();
		assertThat(this.directory.names(drc.id())).containsExactly("省发展改革委");
	}

}
