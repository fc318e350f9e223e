package org.luoshi.security.web;

import org.luoshi.security.Role;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a role in a form or query string by its code ({@code role=reporter}). */
@Component
class RoleConverter implements Converter<String, Role> {

	@Override
	public Role convert(String code) {
		return code.isBlank() ? null : Role.fromCode(code.strip());
	}

}
