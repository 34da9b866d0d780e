// The periods of the agency or the admin unit with code $code, oldest first (one of the two lists is
// empty: codes are unique within a label, and the registry asks for one code at a time).
CALL () {
  MATCH (p:AgencyPeriod {code: $code})
  RETURN p
    ORDER BY p.validFrom
}
RETURN 'AGENCY' AS kind, collect(p) AS periods
UNION ALL
CALL () {
  MATCH (p:AdminUnitPeriod {code: $code})
  RETURN p
    ORDER BY p.validFrom
}
RETURN 'ADMIN_UNIT' AS kind, collect(p) AS periods
