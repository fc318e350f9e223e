package org.luoshi.security.web;

import org.luoshi.security.internal.DemoUsers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code demonstration} into every page's model: true while this start is a
 * demonstration with the published demo logins, so that the layout says so on every page
 * and nobody takes it for the real thing.
 */
@ControllerAdvice
class DemonstrationAdvice {

	// absent in test slices that load controllers only
	private final ObjectProvider<DemoUsers> demo;

	DemonstrationAdvice(ObjectProvider<DemoUsers> demo) {
		this.demo = demo;
	}

	@ModelAttribute("demonstration")
	boolean demonstration() {
		DemoUsers users = this.demo.getIfAvailable();
		return users != null && users.active();
	}

}
