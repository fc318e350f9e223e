package org.luoshi.evaluation;

import org.luoshi.testing.OnH2;

/** The responsibility assessment on the embedded H2 database (PostgreSQL mode). */
@OnH2
class AssessmentH2Tests extends AssessmentContract {

}
