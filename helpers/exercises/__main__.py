"""python -m helpers.exercises --out student: write the student edition."""
import sys

from .student import main

sys.exit(main())
