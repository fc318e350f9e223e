package org.luoshi.indicator;

import org.luoshi.testing.OnH2;

/** One figure per indicator, region and year on H2. */
@OnH2
class OneFigureH2Tests extends OneFigureContract {

}
