"""The catalogue (_catalogue.py): every public name's family, kind, formula and parameters."""

import inspect

import pytest

import activations as act
from activations import _catalogue

from catalogue import ROWWISE

# Names the catalogue lists before the package has them: they arrive with the family modules'
# rework, and are left out until then.
ARRIVING = {
    "squared_relu",
    "squared_relu_derivative",
    "quick_gelu",
    "quick_gelu_derivative",
    "swiglu",
    "swiglu_derivative",
    "geglu",
    "geglu_derivative",
    "reglu",
    "reglu_derivative",
    "gumbel_softmax",
} | {name + "_" for name in _catalogue.IN_PLACE}


def test_every_public_name_has_an_entry_and_every_entry_a_name_or_one_arriving():
    assert sorted(_catalogue.entries()) == sorted(act.__all__)
    assert set(_catalogue.EVERY_ENTRY) - set(act.__all__) <= ARRIVING
    assert "gumbel_softmax_derivative" not in _catalogue.EVERY_ENTRY


def test_kinds_families_and_what_each_name_belongs_to():
    entries = _catalogue.EVERY_ENTRY
    kinds = {
        name: (entries[name].kind, entries[name].of)
        for name in ["relu", "relu_derivative", "relu_", "swish", "swish_derivative", "glu"]
    }
    assert kinds == {
        "relu": ("function", "relu"),
        "relu_derivative": ("derivative", "relu"),
        "relu_": ("in-place", "relu"),
        "swish": ("alias", "silu"),
        "swish_derivative": ("alias", "silu_derivative"),
        "glu": ("function", "glu"),
    }
    titles = {name: entries[name].family.title.split(":")[0] for name in ["squared_relu", "swiglu"]}
    assert titles == {"squared_relu": "Rectifiers", "swiglu": "Gated linear units"}
    assert entries["quick_gelu"].family is entries["gelu"].family
    assert entries["gumbel_softmax"].rowwise and entries["gumbel_softmax"].random
    assert not entries["rrelu"].random  # random only with training=True
    assert [_catalogue.description(name) for name in ["swish", "relu_", "threshold_"]] == [
        "the same function as silu",
        "the in-place form of relu",
        "the in-place form of threshold",
    ]


def test_rowwise_as_the_package_itself_says():
    # tests/catalogue.py asks the package's lifting machinery, not the catalogue's data.
    for name, entry in _catalogue.entries().items():
        assert entry.rowwise == (name in ROWWISE), name


def test_nothing_is_read_from_the_module_a_function_lives_in(monkeypatch):
    before = (_catalogue.demo_groups(), _catalogue.is_rowwise("softmax"))
    for name in ["relu", "softmax", "sigmoid"]:
        monkeypatch.setattr(getattr(act, name), "__module__", "activations._renamed")
    assert (_catalogue.demo_groups(), _catalogue.is_rowwise("softmax")) == before
    assert before[1] is True and not _catalogue.is_rowwise("relu")


def test_each_function_and_derivative_has_its_formula_from_its_docstring():
    for name, entry in _catalogue.entries().items():
        if entry.kind in ("function", "derivative"):
            text = _catalogue.formula(name)
            assert entry.of in text and "=" in text, (name, text)
            assert " ".join(text.split()) in " ".join(getattr(act, name).__doc__.split()), name
    assert _catalogue.formula("relu") == "relu(x) = max(0, x)"
    assert _catalogue.formula("rrelu") == (
        "rrelu(x) = x if x >= 0 else a * x,  a ~ uniform(lower, upper) when training, "
        "a = (lower + upper) / 2 otherwise"
    )


def test_a_formula_over_several_lines_ends_at_the_first_line_less_indented(monkeypatch):
    def stand_in(x):
        """Title line.

            f(x) = x if x > 0
                   else 0
            g(x) = x

        Body, not formula:

            indented code that is not the formula
        """

    monkeypatch.setattr(_catalogue, "function", lambda name: stand_in)
    assert _catalogue.formula("stand_in") == "f(x) = x if x > 0 else 0 g(x) = x"
    stand_in.__doc__ = "Title only."
    assert _catalogue.formula("stand_in") == ""


def test_parameters_a_person_sets_and_the_whole_signature():
    def softplus(x, beta=1.0, threshold=None, dim=-1, inplace=False, training=False, *rest):
        return x

    assert [(p.name, p.default) for p in _catalogue.parameters_of(softplus)] == [
        ("beta", 1.0),
        ("threshold", None),
        ("training", False),
    ]
    assert _catalogue.takes_defaults_only(softplus)
    assert not _catalogue.takes_defaults_only(act.threshold)
    assert [p.name for p in _catalogue.parameters_of(act.threshold)] == ["threshold", "value"]
    assert _catalogue.signature_text("logsumexp") == "(x, dim=-1, keepdim=False)"
    assert _catalogue.signature_text("threshold").startswith("(x, threshold, value")
    assert _catalogue.signature_text("rrelu") == str(inspect.signature(act.rrelu))


def test_the_demo_shows_each_function_of_one_number_with_its_defaults_once():
    groups = _catalogue.demo_groups()
    assert groups[0] == ("The four a course starts with", ["relu", "leaky_relu", "sigmoid", "tanh"])
    assert [title.split(":")[0] for title, _ in groups[1:]] == [
        "Rectifiers",
        "The sigmoid and tanh family",
        "Smooth gates",
        "Shrinks",
    ]
    shown = [name for _, names in groups for name in names]
    assert len(shown) == len(set(shown))
    entries = _catalogue.entries()
    expected = [
        name
        for name, entry in entries.items()
        if entry.kind == "function"
        and not entry.rowwise
        and _catalogue.takes_defaults_only(getattr(act, name))
    ]
    assert sorted(shown) == sorted(expected)
    assert "threshold" not in shown and "prelu" not in shown and "swish" not in shown


def test_names_are_looked_up_with_a_suggestion_and_in_place_forms_refused(monkeypatch):
    assert _catalogue.function_named("swish", "plot", "here") is act.swish
    cases = [
        (("sigmod", "plot", "listed"), "plot: unknown function 'sigmod'; did you mean 'sigmoid'?"),
        (("zzz", "plot", "activations.__all__ lists them all"), "plot: unknown function 'zzz'; "
         "activations.__all__ lists them all"),
        (("tabel", "activations", "listed", ("table",)), "activations: unknown function "
         "'tabel'; did you mean 'table'?"),
    ]  # fmt: skip
    for arguments, message in cases:
        with pytest.raises(_catalogue.UsageError) as raised:
            _catalogue.function_named(*arguments)
        assert str(raised.value) == message
    # An in-place form, as the package will have them (relu_), stood in for here.
    monkeypatch.setattr(act, "relu_", act.relu, raising=False)
    monkeypatch.setattr(act, "__all__", act.__all__ + ["relu_"])
    with pytest.raises(_catalogue.UsageError) as raised:
        _catalogue.function_named("relu_", "table", "here")
    assert str(raised.value) == (
        "table: relu_ is the in-place form of relu, for lists in Python; use relu"
    )
