package org.luoshi.indicator;

import org.luoshi.testing.OnH2;

/** The national overview on the embedded H2 database (PostgreSQL mode). */
@OnH2
class NationalIndicatorsH2Tests extends NationalIndicatorsContract {

}
