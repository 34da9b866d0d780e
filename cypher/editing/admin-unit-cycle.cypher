// Whether making $parent the parent of $code closes a cycle in the tree of $asOf.
MATCH (u:AdminUnit {code: $code}), (p:AdminUnit {code: $parent})
RETURN u = p OR EXISTS {
  (p) ((:AdminUnit)<-[:PERIOD_OF]-(between:AdminUnitPeriod)-[:PART_OF]->(:AdminUnit)
    WHERE between.validFrom <= $asOf < between.validTo)+ (u)
} AS cycle
