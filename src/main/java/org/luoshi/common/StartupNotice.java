package org.luoshi.common;

import java.util.List;

/**
 * Lines a module wants the operator to read on the console once the server is up (where
 * to sign in, which demo accounts exist). Declare a bean; the lines are printed in bean
 * order.
 */
public interface StartupNotice {

	List<String> lines();

}
