// Adds a mandate. $code, $kind, $number, $title, $issuer, $issuedOn, $effectiveFrom, $repealedOn
CREATE (:Mandate {code: $code, kind: $kind, number: $number, title: $title, issuer: $issuer, issuedOn: $issuedOn,
                  effectiveFrom: $effectiveFrom, repealedOn: $repealedOn})
