for s in ["straße", "ﬁne", "ΣΑΣ ΟΔΟΣ", "İstanbul", "Ὀδυσσεύς", "hello WORLD", "ǰ", "abc😀Def", "ΌΣΟΣ."]:
    print(s.upper(), s.lower(), len(s.upper()), len(s.lower()))
