"""Small parts every feature may use: amount fields, text lists, the signature pad, banners, and
the words for money, dates, statuses and plans in the user's locale. Nothing here imports another
part of ``ui`` except ``ui.common`` itself.
"""
