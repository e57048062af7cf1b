from piu_desk.cli import main

raise SystemExit(main())
