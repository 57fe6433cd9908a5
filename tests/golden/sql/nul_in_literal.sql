-- nul_in_literal: a NUL character cannot travel in SQL text: a clear error everywhere

-- postgresql
-- error: CompileError: String literal "a\u0000b" contains a NUL character, which SQL text cannot carry

-- mysql
-- error: CompileError: String literal "a\u0000b" contains a NUL character, which SQL text cannot carry

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: String literal "a\u0000b" contains a NUL character, which SQL text cannot carry
