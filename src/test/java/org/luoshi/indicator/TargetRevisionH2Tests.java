package org.luoshi.indicator;

import org.luoshi.testing.OnH2;

/** Revised targets and the outlook on the embedded H2 database (PostgreSQL mode). */
@OnH2
class TargetRevisionH2Tests extends TargetRevisionContract {

}
