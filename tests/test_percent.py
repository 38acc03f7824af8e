import pytest

from pipeline.normalize.percent import normalize_percent


@pytest.mark.parametrize(
    "text, value",
    [("12.5%", "12.5"), ("40％", "40"), ("7割", "70"), ("3割5分", "35"), ("4から5割", "40/50"),
     ("10～15%", "10/15"), ("10%～15%", "10/15"), ("三割", "30"), ("０．５％", "0.5")],
)
def test_normalize_percent(text, value):
    assert normalize_percent(text) == {"value": value}
