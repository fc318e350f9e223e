package org.luoshi.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security checks the posted user name and password and sends
 * the user on to the page first asked for.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "security/login";
	}

}
