package org.luoshi.common;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page 0-based page number
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

}
