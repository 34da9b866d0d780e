package org.apparatus.registry;

/** Tier of an administrative unit, from the top (tỉnh) down (ấp, khóm). */
public enum AdminLevel {

	PROVINCE, DISTRICT, COMMUNE, HAMLET

}
