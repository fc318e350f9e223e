package org.luoshi.common;

import java.util.function.Supplier;

/**
 * Demo data being written (示例数据): while work runs inside {@link #writing}, whatever the
 * modules store on this thread — figures, splits, reporting cycles — is marked
 * illustrative where it is stored, so that every page showing it can say so without
 * guessing from names or dates. Only the demo loaders at start-up write this way.
 */
public final class Illustrative {

	private static final ThreadLocal<Boolean> WRITING = ThreadLocal.withInitial(() -> false);

	private Illustrative() {
	}

	/** Whether what is stored now is demo data. */
	public static boolean active() {
		return WRITING.get();
	}

	/** Runs the work as demo data, then returns to ordinary writing. */
	public static <T> T writing(Supplier<T> work) {
		boolean before = WRITING.get();
		WRITING.set(true);
		try {
			return work.get();
		}
		finally {
			WRITING.set(before);
		}
	}

}
