package org.luoshi.indicator.web;

import jakarta.validation.constraints.Size;

/** Why a split goes back to the lead department. */
record ReturnForm(@Size(max = 1000) String reason) {

}
