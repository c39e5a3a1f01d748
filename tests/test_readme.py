"""The README's examples run as shown."""

import doctest
import os

README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")


def test_readme_examples():
    with open(README, encoding="utf-8") as readme:
        text = readme.read().replace("\n```", "\n\n```")  # a fence ends an example's output
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", README, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert len(test.examples) >= 8
    assert runner.failures == 0
