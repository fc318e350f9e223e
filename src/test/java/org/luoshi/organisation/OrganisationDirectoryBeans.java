package org.luoshi.organisation;

import org.luoshi.organisation.internal.DirectoryAccess;
import org.luoshi.organisation.internal.HistoryStore;
import org.luoshi.organisation.internal.MemberStore;
import org.luoshi.organisation.internal.NameStore;
import org.luoshi.organisation.internal.OrganisationSearch;
import org.luoshi.organisation.internal.OrganisationStore;
import org.luoshi.organisation.internal.RegionStore;
import org.luoshi.organisation.internal.Registration;
import org.luoshi.organisation.internal.Reorganisation;
import org.luoshi.organisation.internal.Successions;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The directory and its stores, for database slice tests that import them. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ OrganisationDirectory.class, OrganisationStore.class, NameStore.class, MemberStore.class, HistoryStore.class,
		RegionStore.class, OrganisationSearch.class, Registration.class, Reorganisation.class, Successions.class,
		DirectoryAccess.class })
public class OrganisationDirectoryBeans {

}
