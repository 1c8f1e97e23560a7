convpos.go:16:8: leaking param: a
convpos.go:17:2: a escapes to heap
convpos.go:20:8: leaking param: a
convpos.go:20:11: leaking param: b
convpos.go:25:23: p does not escape
convpos.go:25:29: m does not escape
convpos.go:25:60: ch does not escape
convpos.go:26:26: 7 + b escapes to heap
convpos.go:27:27: T{...} escapes to heap
convpos.go:28:23: *p escapes to heap
convpos.go:29:28: p.x + b * 3 escapes to heap
convpos.go:30:2: 9 + b escapes to heap
convpos.go:31:5: "x" escapes to heap
convpos.go:31:5: 3 + b escapes to heap
convpos.go:32:4: b + 1 escapes to heap
convpos.go:32:4: b * 2 escapes to heap
convpos.go:33:8: b + 1 escapes to heap
convpos.go:34:8: b escapes to heap
convpos.go:35:2: 1 escapes to heap
convpos.go:43:3: ... argument escapes to heap
convpos.go:43:3: .autotmp_1 escapes to heap
convpos.go:43:3: .autotmp_2 escapes to heap
convpos.go:44:3: .autotmp_3 escapes to heap
convpos.go:44:3: .autotmp_4 escapes to heap
convpos.go:45:2: x escapes to heap
convpos.go:48:17: leaking param: p
convpos.go:48:25: leaking param: q
convpos.go:48:34: s does not escape
convpos.go:51:2: (s + "x")[1:] escapes to heap
convpos.go:51:12: s + "x" escapes to heap
convpos.go:55:15: &T{} does not escape
