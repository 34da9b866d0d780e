package org.apparatus.registry;

/** Sector of the political system an agency belongs to. */
public enum Sector {

	PARTY, STATE, FRONT, SOCIO_POLITICAL, JUDICIAL, ARMED, PUBLIC_SERVICE

}
