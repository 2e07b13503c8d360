from scelle.cli import main

raise SystemExit(main())
