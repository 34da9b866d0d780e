package org.apparatus.modulithfixture.report;

/** A summary of the store's rows. */
public record Summary(int rows) {

}
