package org.apparatus.registry;

/**
 * Role an agency holds for a function: chủ trì, phối hợp, tham mưu, quyết định, thanh tra
 * kiểm tra.
 */
public enum Role {

	LEAD, COORDINATE, ADVISE, DECIDE, INSPECT

}
