// Admin units $units end on $asOf: their periods that contain that day end on it (a period that
// would be left empty is removed).
UNWIND $units AS code
MATCH (p:AdminUnitPeriod {code: code})
  WHERE p.validFrom <= $asOf < p.validTo
CALL (p) {
  WITH p
    WHERE p.validFrom < $asOf
  SET p.validTo = $asOf
}
CALL (p) {
  WITH p
    WHERE p.validFrom = $asOf
  DETACH DELETE p
}
