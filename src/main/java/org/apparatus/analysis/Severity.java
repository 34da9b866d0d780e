package org.apparatus.analysis;

/** How much a finding matters, highest first. */
public enum Severity {

	HIGH, MEDIUM, LOW, INFO

}
