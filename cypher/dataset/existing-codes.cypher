// Which of the given codes already exist for a label. $label: node label, $codes: [code]
UNWIND $codes AS code
MATCH (n:$($label) {code: code})
RETURN collect(n.code) AS existing
