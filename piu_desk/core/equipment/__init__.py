"""Equipment services: the register, custody, maintenance, verification and incidents."""
