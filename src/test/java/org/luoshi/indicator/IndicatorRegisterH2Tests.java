package org.luoshi.indicator;

import org.luoshi.testing.OnH2;

/** Indicators on the embedded H2 database (PostgreSQL mode), the default. */
@OnH2
class IndicatorRegisterH2Tests extends IndicatorRegisterContract {

}
