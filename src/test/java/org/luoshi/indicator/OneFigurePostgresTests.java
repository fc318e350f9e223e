package org.luoshi.indicator;

import org.luoshi.testing.OnPostgres;

/** One figure per indicator, region and year on PostgreSQL. */
@OnPostgres
class OneFigurePostgresTests extends OneFigureContract {

}
