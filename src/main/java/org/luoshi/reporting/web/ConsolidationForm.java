package org.luoshi.reporting.web;

/** The lead organisation's consolidated account of a shared task. */
record ConsolidationForm(String text) {
}
