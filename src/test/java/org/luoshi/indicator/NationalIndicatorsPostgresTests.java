package org.luoshi.indicator;

import org.luoshi.testing.OnPostgres;

/** The national overview on PostgreSQL, the production database. */
@OnPostgres
class NationalIndicatorsPostgresTests extends NationalIndicatorsContract {

}
