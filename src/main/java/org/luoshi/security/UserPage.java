package org.luoshi.security;

import java.util.List;

/** One page of the users, by user name, numbered from 0, with the total of all pages. */
public record UserPage(List<UserView> users, int page, int size, long totalElements, long totalPages) {

	public UserPage {
		users = List.copyOf(users);
	}

	public UserPage(List<UserView> users, int page, int size, long totalElements) {
		this(users, page, size, totalElements, (totalElements + size - 1) / size);
	}

}
