package org.luoshi.indicator;

import org.luoshi.testing.OnPostgres;

/** Indicators on PostgreSQL, the production database. */
@OnPostgres
class IndicatorRegisterPostgresTests extends IndicatorRegisterContract {

}
