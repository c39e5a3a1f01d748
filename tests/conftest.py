import os
import sys

# The shared case table (cases.py) and the reference formulas live beside the tests.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
